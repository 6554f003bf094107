import torch

# Unrolled Adam-like update written by hand, differentiated w.r.t. its step size
step_size = torch.tensor(0.1, requires_grad=True)
theta = torch.tensor([1.0, -1.0])
first_moment = torch.zeros(2)
second_moment = torch.zeros(2)
curv = torch.tensor([1.0, 3.0])
for k in (1, 2):
    theta = theta if theta.requires_grad else theta.requires_grad_()
    obj = (curv * theta * theta).sum()
    grad_theta, = torch.autograd.grad(obj, theta, create_graph=True)
    first_moment = 0.9 * first_moment + 0.1 * grad_theta
    second_moment = 0.999 * second_moment + 0.001 * grad_theta ** 2
    update = (first_moment / (1 - 0.9 ** k)) / ((second_moment / (1 - 0.999 ** k)).sqrt() + 1e-8)
    theta = theta - step_size * update
end = (curv * theta * theta).sum()
end.backward()
print(theta.detach().round(decimals=4), round(end.item(), 4), round(step_size.grad.item(), 4))
