import torch

w = torch.nn.Parameter(torch.tensor([1.0, 2.0, 3.0]))
log = []


def step_in_hook(param):
    log.append(param.grad.clone())
    with torch.no_grad():
        param.add_(param.grad, alpha=-0.1)
    param.grad = None


h = w.register_post_accumulate_grad_hook(step_in_hook)
for _ in range(2):
    (w ** 2).sum().backward()
print(log)
print(w.data, w.grad)
h.remove()
