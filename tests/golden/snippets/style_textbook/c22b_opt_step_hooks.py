import torch

w = torch.tensor([1.0, 2.0], requires_grad=True)
opt = torch.optim.SGD([w], lr=0.5)
log = []


def pre(optimizer, args, kwargs):
    log.append(("pre", optimizer.param_groups[0]["params"][0].detach().tolist()))


def post(optimizer, args, kwargs):
    log.append(("post", optimizer.param_groups[0]["params"][0].detach().tolist()))


h1 = opt.register_step_pre_hook(pre)
h2 = opt.register_step_post_hook(post)
w.sum().backward()
opt.step()
h1.remove()
opt.step()
for entry in log:
    print(entry)
print(type(h2).__name__)
