# A CNN built entirely from nn.Sequential with nn.Unflatten at the input; shapes and a training step.
import torch
import torch.nn as nn

torch.manual_seed(5)
model = nn.Sequential(
    nn.Unflatten(1, (1, 8, 8)),
    nn.Conv2d(1, 4, kernel_size=3, padding=1),
    nn.ReLU(),
    nn.MaxPool2d(2),
    nn.Conv2d(4, 8, kernel_size=3),
    nn.ReLU(),
    nn.Flatten(),
    nn.Linear(8 * 2 * 2, 3),
)
x = torch.randn(5, 64)
h = x
for layer in model:
    h = layer(h)
    print(f"{layer.__class__.__name__:10s} {tuple(h.shape)}")
print(model[0], model[6])
y = torch.tensor([0, 1, 2, 1, 0])
opt = torch.optim.SGD(model.parameters(), lr=0.1)
for step in range(3):
    opt.zero_grad()
    loss = nn.functional.cross_entropy(model(x), y)
    loss.backward()
    opt.step()
    print(step, loss.item())
print(model[1].weight.grad.shape, model[1].weight.grad.abs().sum())
print(nn.Unflatten(-1, (2, -1))(torch.arange(12).reshape(2, 6)).shape)
print(nn.Flatten(0, -1)(torch.zeros(2, 3, 4)).shape, nn.Flatten(start_dim=2)(torch.zeros(2, 3, 4, 5)).shape)
