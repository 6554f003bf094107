import torch

w = torch.tensor([1.0, -2.0], requires_grad=True)
for bad in [dict(lr=-1.0), dict(lr=torch.tensor([1.0, 2.0]))]:
    try:
        torch.optim.LBFGS([w], **bad)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    torch.optim.LBFGS([{"params": [w]}, {"params": [torch.zeros(1, requires_grad=True)]}])
except ValueError as e:
    print(type(e).__name__, e)
opt = torch.optim.LBFGS([w], line_search_fn="backtracking")
print(opt.defaults)


def closure():
    opt.zero_grad()
    loss = (w ** 2).sum()
    loss.backward()
    return loss


try:
    opt.step(closure)
except RuntimeError as e:
    print(type(e).__name__, e)
opt = torch.optim.LBFGS([w], lr=torch.tensor(0.5), max_iter=3)
print(opt.step(closure), w)
z = torch.zeros(3, requires_grad=True)
opt = torch.optim.LBFGS([z])


def flat():
    opt.zero_grad()
    loss = (z * 0).sum()
    loss.backward()
    return loss


print(opt.step(flat), opt.state[z])
try:
    opt.step()
except TypeError as e:
    print(type(e).__name__, e)
