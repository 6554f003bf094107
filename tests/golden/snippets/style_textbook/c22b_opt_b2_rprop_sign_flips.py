import torch

w = torch.tensor([3.0, -2.0], requires_grad=True)
opt = torch.optim.Rprop([w], lr=0.5, etas=(0.5, 1.2), step_sizes=(1e-3, 2.0))
for i in range(6):
    opt.zero_grad()
    loss = (w ** 2).sum()
    loss.backward()
    opt.step()
    print(i, w.detach().numpy().round(4), opt.state[w]["step_size"].numpy().round(4))
