# Examples, optim: the third-order fit of sin on [-pi, pi] stepped by RMSprop (alpha 0.95), then its saved state.
import math
import torch

torch.manual_seed(1418)
pts = torch.linspace(-math.pi, math.pi, 1000)
curve = torch.sin(pts)
design = torch.stack((pts, pts ** 2, pts ** 3), dim=1)
reg = torch.nn.Linear(3, 1)
crit = torch.nn.MSELoss(reduction='sum')
rms = torch.optim.RMSprop(reg.parameters(), lr=2e-3, alpha=0.95)
for it in range(600):
    sse = crit(reg(design).squeeze(1), curve)
    if it % 150 == 149:
        print(it, sse.item())
    rms.zero_grad()
    sse.backward()
    rms.step()
print(reg.weight, reg.bias)
snap = rms.state_dict()
print(snap['param_groups'])
print(snap['state'][1]['step'], snap['state'][1]['square_avg'])
