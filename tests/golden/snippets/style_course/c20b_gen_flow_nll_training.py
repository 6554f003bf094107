# fitting a 1-D affine flow by maximum likelihood
import math
import torch

torch.manual_seed(8)
data = torch.randn(200) * 2.0 + 1.5
log_scale = torch.zeros(1, requires_grad=True)
shift = torch.zeros(1, requires_grad=True)
opt = torch.optim.Adam([log_scale, shift], lr=0.1)
for step in range(50):
    z = (data - shift) * torch.exp(-log_scale)
    log_pz = -0.5 * z ** 2 - 0.5 * math.log(2 * math.pi)
    nll = -(log_pz - log_scale).mean()
    opt.zero_grad()
    nll.backward()
    opt.step()
    if step % 10 == 0:
        print(step, round(nll.item(), 4))
print(round(shift.item(), 3), round(log_scale.exp().item(), 3))
