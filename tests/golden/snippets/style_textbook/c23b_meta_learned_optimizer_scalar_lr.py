import torch

# Meta-learn per-coordinate step sizes (softplus-parametrised) over 3 unrolled steps
raw_step = torch.tensor([-3.0, -3.0], requires_grad=True)
goal = torch.tensor([3.0, -1.0])
meta_opt = torch.optim.Adam([raw_step], lr=0.1)
for epoch in range(4):
    point = torch.zeros(2, requires_grad=True)
    unrolled_sum = 0
    for k in range(3):
        f = ((point - goal) ** 2 * torch.tensor([1.0, 4.0])).sum()
        g, = torch.autograd.grad(f, point, create_graph=True)
        point = point - torch.nn.functional.softplus(raw_step) * g
        unrolled_sum = unrolled_sum + f
    meta_opt.zero_grad()
    unrolled_sum.backward()
    meta_opt.step()
    print(epoch, round(unrolled_sum.item(), 3), raw_step.detach().round(decimals=4))
