import torch

x = torch.arange(6.).reshape(2, 3).requires_grad_()
# dim=None (or no dim) with keepdim=True keeps every dim, as size 1
for r in (x.sum(None, keepdim=True), torch.sum(x, None, True), x.mean(None, True), x.std(None, keepdim=True),
          x.std(keepdim=True), x.var(None, True, True), x.var(None, keepdim=True, correction=0)):
    print(r, r.grad_fn.name())
print(x.all(dim=None, keepdim=True), x.any(keepdim=True), torch.zeros(2, 3, 4).sum(None, True).shape)
print(x.logsumexp((), True), x.sum((), keepdim=True))
for d in ((), []):
    try:
        print(x.logsumexp(d))
    except RuntimeError as e:
        print("RuntimeError:", e)
x.sum(None, True).backward()
print(x.grad)
try:
    x.sum(keepdim=True)
except TypeError as e:
    print("TypeError:", e)
