# Examples, nn: odd powers x, x^3, x^5 as features, Linear then Flatten(0, 1), summed MSE, parameters stepped by hand.
import math
import torch

torch.manual_seed(6)
grid = torch.linspace(-math.pi / 2, math.pi / 2, 800)
wave = torch.sin(grid)
feats = grid.unsqueeze(-1).pow(torch.tensor([1, 3, 5]))
print(feats.shape, feats.dtype)
net = torch.nn.Sequential(torch.nn.Linear(3, 1), torch.nn.Flatten(0, 1))
crit = torch.nn.MSELoss(reduction='sum')
for it in range(400):
    approx = net(feats)
    err = crit(approx, wave)
    if it % 100 == 99:
        print(it, err.item())
    net.zero_grad()
    err.backward()
    with torch.no_grad():
        for w in net.parameters():
            w.sub_(2e-5 * w.grad)
lin = net[0]
print('sin(x) ~', lin.bias.item(), *lin.weight.squeeze().tolist())
print(approx.shape, approx.grad_fn, err.grad_fn)
