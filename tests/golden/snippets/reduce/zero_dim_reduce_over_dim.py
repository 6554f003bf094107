# A 0-d tensor accepts dim 0 and -1 in reductions (a no-op) but not in size/stride/unbind.
import torch

s = torch.tensor(5.0, requires_grad=True)
outs = [s.sum(0), s.sum(-1, keepdim=True), s.mean(0), s.prod(0), s.amax(0), s.amin(-1),
        s.logsumexp(0), s.nansum(0), s.norm(dim=0), s.softmax(0), s.cumsum(0)]
for o in outs:
    print(o, o.shape)
sum(o.sum() for o in outs).backward()
print(s.grad)
b = torch.tensor(True)
print(b.all(0), b.any(-1), torch.tensor(3).sum(0), torch.tensor(3).sum(0).dtype)
for f in (lambda: s.sum(1), lambda: s.amax(2), lambda: s.logsumexp(-2), lambda: b.all(1),
          lambda: s.size(0), lambda: s.size(-1), lambda: s.stride(0), lambda: s.unbind(0)):
    try:
        f()
    except IndexError as e:
        print("IndexError:", e)
print(s.dim(), s.size(), s.unsqueeze(0).size(0))
