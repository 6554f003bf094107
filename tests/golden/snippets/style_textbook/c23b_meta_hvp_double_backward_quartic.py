import torch

# Build the Hessian row by row from the gradient, then compare with one HVP
z = torch.tensor([1.0, -2.0, 0.5], requires_grad=True)
f = (z ** 4).sum() + z[0] * z[1] * z[2]
grad_z, = torch.autograd.grad(f, z, create_graph=True)
print("grad", grad_z)
probe = torch.tensor([1.0, 0.0, -1.0])
hvp_z, = torch.autograd.grad(grad_z, z, grad_outputs=probe, retain_graph=True)
print("Hv", hvp_z)
rows = [torch.autograd.grad(grad_z[i], z, retain_graph=True)[0] for i in range(3)]
H = torch.stack(rows)
print(H)
print(torch.equal(H @ probe, hvp_z), torch.equal(H, H.T))
