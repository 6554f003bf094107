# XOR with a 2-2-1 sigmoid network and BCELoss; prints the loss curve and the final predictions.
import torch
from torch import nn

torch.manual_seed(3)
X = torch.tensor([[0., 0.], [0., 1.], [1., 0.], [1., 1.]])
y = torch.tensor([[0.], [1.], [1.], [0.]])
model = nn.Sequential(nn.Linear(2, 2), nn.Sigmoid(), nn.Linear(2, 1), nn.Sigmoid())
print(model)
loss_fn = nn.BCELoss()
opt = torch.optim.SGD(model.parameters(), lr=2.0, momentum=0.9)
for epoch in range(301):
    opt.zero_grad()
    out = model(X)
    loss = loss_fn(out, y)
    loss.backward()
    opt.step()
    if epoch % 50 == 0:
        print(f"epoch {epoch:3d} loss {loss.item():.5f}")
with torch.no_grad():
    probs = model(X)
print(probs.squeeze())
print((probs > 0.5).int().squeeze().tolist(), y.int().squeeze().tolist())
for name, p in model.named_parameters():
    print(name, p.shape)
