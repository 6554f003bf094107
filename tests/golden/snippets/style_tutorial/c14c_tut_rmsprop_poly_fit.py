# The optim flavour of the polynomial example: RMSprop drives a Linear layer on x, x^2, x^3.
import math
import torch

torch.manual_seed(21)
x = torch.linspace(0.0, math.pi, 250)
y = torch.sin(x) * x
xx = torch.stack([x, x ** 2, x ** 3], dim=1)
model = torch.nn.Sequential(torch.nn.Linear(3, 1), torch.nn.Flatten(0, 1))
loss_fn = torch.nn.MSELoss(reduction='sum')
optimizer = torch.optim.RMSprop(model.parameters(), lr=2e-3)
for t in range(500):
    loss = loss_fn(model(xx), y)
    if t % 100 == 99:
        print(t, loss.item())
    optimizer.zero_grad()
    loss.backward()
    optimizer.step()
w = model[0].weight.detach()
print(model[0].bias.item(), w)
print(optimizer.state_dict()['param_groups'][0]['alpha'], len(optimizer.state))
