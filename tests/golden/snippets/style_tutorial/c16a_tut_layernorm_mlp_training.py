# LayerNorm between layers; losses and the norm's learned affine parameters
import torch
import torch.nn as nn

torch.manual_seed(1626)
model = nn.Sequential(nn.Linear(4, 8), nn.LayerNorm(8), nn.GELU(), nn.Linear(8, 2))
opt = torch.optim.Adam(model.parameters(), lr=0.01)
X = torch.randn(10, 4)
y = torch.randint(0, 2, (10,))
for epoch in range(5):
    loss = nn.CrossEntropyLoss()(model(X), y)
    opt.zero_grad()
    loss.backward()
    opt.step()
    print(epoch, loss.item())
print(model[1].weight)
print(model[1].bias)
