import torch

# Q46. Fill in the table: three gradient steps on h(u) = (u + 1)^2 / 2 with step size 0.5, u0 = 3.
u = torch.tensor(3.0, requires_grad=True)
print("k   u_k     h(u_k)   h'(u_k)")
for k in range(3):
    h = (u + 1).pow(2) / 2
    slope, = torch.autograd.grad(h, u)
    print(k, f"{u.item():6.3f} {h.item():8.4f} {slope.item():8.4f}")
    u = (u - 0.5 * slope).detach().requires_grad_()
print("final u:", u.item())
