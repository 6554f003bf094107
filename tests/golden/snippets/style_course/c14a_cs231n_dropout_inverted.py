# cs231n dropout: inverted dropout forward with a mask (p = keep probability), backward with the same mask,
# mean preserved in expectation; test mode is the identity.
import torch

torch.manual_seed(1485)
x = torch.randn(500, 50) + 10
for p in (0.25, 0.5, 0.75):
    mask = (torch.rand(*x.shape) < p) / p
    out = x * mask
    print(p, round(x.mean().item(), 4), round(out.mean().item(), 4), round((out == 0).float().mean().item(), 4))
dout = torch.randn_like(x)
dx = dout * mask
print(dx[0, :4], mask.unique())
xt = x.clone().requires_grad_()
(xt * mask * dout).sum().backward()
print(torch.equal(xt.grad, dx))
print(torch.nn.functional.dropout(torch.ones(3), p=0.5, training=False))
