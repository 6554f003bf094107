# Logging training without TensorBoard: a history dict
import torch
import torch.nn as nn

torch.manual_seed(0)
X = torch.randn(40, 3)
y = X @ torch.tensor([1.0, -2.0, 0.5]) + 0.3
model = nn.Linear(3, 1)
opt = torch.optim.SGD(model.parameters(), lr=0.1)
history = {"loss": [], "grad_norm": []}
for epoch in range(5):
    opt.zero_grad()
    loss = nn.functional.mse_loss(model(X).squeeze(-1), y)
    loss.backward()
    gn = torch.cat([p.grad.flatten() for p in model.parameters()]).norm()
    opt.step()
    history["loss"].append(round(loss.item(), 4))
    history["grad_norm"].append(round(gn.item(), 4))
print(history)
print(f"best epoch: {min(range(5), key=lambda i: history['loss'][i])}")
