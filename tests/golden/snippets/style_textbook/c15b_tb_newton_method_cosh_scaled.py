# Newton's method in one dimension with autograd for both derivatives, on a nonconvex function.
import torch

def wavy(z):
    return z * torch.cos(3 * z)

z = torch.tensor(1.0, requires_grad=True)
for it in range(6):
    slope, = torch.autograd.grad(wavy(z), z, create_graph=True)
    curv, = torch.autograd.grad(slope, z)
    with torch.no_grad():
        z.sub_(slope / curv)
    print(it, round(z.item(), 6), round(slope.item(), 6), round(curv.item(), 6))
print(wavy(z), z.is_leaf)
