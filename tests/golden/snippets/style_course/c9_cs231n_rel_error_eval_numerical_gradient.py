# cs231n: eval_numerical_gradient with centered differences on float64 and rel_error printed in %e.
import torch

def rel_error(x, y):
    return torch.max(torch.abs(x - y) / torch.clamp(torch.abs(x) + torch.abs(y), min=1e-8)).item()

def eval_numerical_gradient(f, x, h=1e-5):
    grad = torch.zeros_like(x)
    flat_x, flat_g = x.view(-1), grad.view(-1)
    for i in range(flat_x.numel()):
        oldval = flat_x[i].item()
        flat_x[i] = oldval + h
        fxph = f(x)
        flat_x[i] = oldval - h
        fxmh = f(x)
        flat_x[i] = oldval
        flat_g[i] = (fxph - fxmh) / (2 * h)
    return grad

torch.manual_seed(231)
N, D, H, C = 3, 5, 4, 3
X = torch.randn(N, D, dtype=torch.float64)
y = torch.tensor([0, 2, 1])
W1 = (torch.randn(D, H, dtype=torch.float64) * 0.1).requires_grad_()
W2 = (torch.randn(H, C, dtype=torch.float64) * 0.1).requires_grad_()
reg = 0.1

def loss_fn():
    scores = torch.relu(X @ W1) @ W2
    data_loss = torch.nn.functional.cross_entropy(scores, y)
    return data_loss + 0.5 * reg * ((W1 * W1).sum() + (W2 * W2).sum())

loss = loss_fn()
loss.backward()
print("loss", loss.item())
for name, p in [("W1", W1), ("W2", W2)]:
    with torch.no_grad():
        num = eval_numerical_gradient(lambda _: loss_fn().item(), p.data)
    print("%s max relative error: %e" % (name, rel_error(num, p.grad)))
print(rel_error(torch.tensor([1.0, 2.0]), torch.tensor([1.0, 2.0001])) < 1e-4)
print(W1.grad.dtype, W1.grad.shape)
