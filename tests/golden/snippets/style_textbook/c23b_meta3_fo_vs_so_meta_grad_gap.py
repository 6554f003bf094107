import torch

# Second-order vs first-order meta-gradient for one quadratic task
A = torch.tensor([[2.0, 0.0], [0.0, 6.0]])
c = torch.tensor([1.0, 1.0])
def task_loss(w):
    return 0.5 * (w - c) @ A @ (w - c)
results = []
for second_order in (True, False):
    w = torch.zeros(2, requires_grad=True)
    g, = torch.autograd.grad(task_loss(w), w, create_graph=second_order)
    fast = w - 0.1 * g
    meta, = torch.autograd.grad(task_loss(fast), w)
    results.append(meta)
    print(second_order, meta)
print((results[0] - results[1]).abs().max() > 0)
