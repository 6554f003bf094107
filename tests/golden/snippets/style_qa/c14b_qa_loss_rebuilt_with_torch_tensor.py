# Q: my loss came out of torch.tensor([...]) and backward says element 0 does not require grad.
import torch

torch.manual_seed(40)
w = torch.randn(3, requires_grad=True)
xs = torch.randn(4, 3)
preds = [float(x @ w) for x in xs]
loss = torch.tensor(preds).pow(2).mean()
print(loss, loss.requires_grad, loss.grad_fn)
try:
    loss.backward()
except RuntimeError as e:
    print(e)
loss = torch.stack([x @ w for x in xs]).pow(2).mean()
print(loss.grad_fn)
loss.backward()
print(w.grad)
