# Fitting y = 3x + 2 with one nn.Linear and plain SGD, loss printed at full precision
import torch
from torch import nn

torch.manual_seed(1600)
X = torch.linspace(-1, 1, 20).unsqueeze(1)
y = 3 * X + 2 + 0.1 * torch.randn(20, 1)

model = nn.Linear(1, 1)
loss_fn = nn.MSELoss()
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)

for epoch in range(8):
    pred = model(X)
    loss = loss_fn(pred, y)
    optimizer.zero_grad()
    loss.backward()
    optimizer.step()
    print(f"epoch {epoch}: loss={loss.item()}")

w, b = model.weight.item(), model.bias.item()
print("learned", w, b)
