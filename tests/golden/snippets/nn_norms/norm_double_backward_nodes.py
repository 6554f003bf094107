import torch
import torch.nn.functional as F

x = torch.tensor([[1.0, 2.0, 4.0, -0.5], [0.0, -1.0, 1.0, 3.5], [0.3, 0.7, -0.9, 1.1]], requires_grad=True)
w = torch.tensor([1.0, 0.5, 2.0, -1.5], requires_grad=True)
b = torch.tensor([0.1, 0.2, 0.3, 0.4], requires_grad=True)
y = F.layer_norm(x, (4,), w, b)
gx, gw, gb = torch.autograd.grad((y * y * torch.tensor([1.0, 2.0, 3.0, -1.0])).sum(), (x, w, b), create_graph=True)
print(gx.grad_fn, gx.grad_fn is gw.grad_fn, gb.grad_fn is gx.grad_fn)
print([type(f).__name__ if f else None for f, _ in gx.grad_fn.next_functions])
print(sorted(n for n in dir(gx.grad_fn) if n.startswith("_saved_")), gx.grad_fn._saved_normalized_shape)
second = torch.autograd.grad((gx * gx).sum() + gw.pow(2).sum() + gx.abs().sum(), (x, w, b), allow_unused=True)
print(gx.tolist(), gw.tolist(), sep="\n")
print(second[0].tolist(), second[1].tolist(), second[2], sep="\n")

xb = torch.tensor([[[1.0, 2.0], [4.0, -0.5], [0.25, 0.0]], [[-1.0, 1.0], [3.5, 2.25], [0.3, 0.7]]], requires_grad=True)
wb = torch.tensor([1.0, 0.5, 2.0], requires_grad=True)
for training in (True, False):
    y = F.batch_norm(xb, torch.tensor([0.1, -0.2, 0.3]), torch.tensor([1.5, 0.5, 2.0]), wb, b[:3], training=training)
    gx, gw = torch.autograd.grad((y * y * torch.tensor([1.0, 2.0])).sum(), (xb, wb), create_graph=True)
    print(gx.grad_fn, gw.grad_fn is gx.grad_fn, [type(f).__name__ if f else None for f, _ in gx.grad_fn.next_functions])
    print(gx.grad_fn._saved_train, gx.grad_fn._saved_eps, gx.grad_fn._saved_save_mean)
    second = torch.autograd.grad((gx * gx).sum() + gw.pow(2).sum(), (xb, wb, b))
    print(gx.tolist(), second[0].tolist(), second[1].tolist(), second[2].tolist(), sep="\n")

xn = torch.tensor([[1.0, 2.0, 4.0], [0.0, -1.0, 1.0]], requires_grad=True)
g, = torch.autograd.grad(F.layer_norm(xn, (3,)).pow(3).sum(), xn, create_graph=True)
print(g.grad_fn, g.grad_fn.next_functions[4:], torch.autograd.grad(g.pow(2).sum(), xn)[0].tolist())
