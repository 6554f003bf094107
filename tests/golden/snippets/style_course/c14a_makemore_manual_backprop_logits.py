# Manual-backprop exercise: the gradient of mean cross-entropy w.r.t. logits is (softmax - onehot) / batch;
# also through a temperature and through the logsumexp step, each compared with autograd.
import torch
import torch.nn.functional as F

gen = torch.Generator().manual_seed(1416)
batch, classes = 6, 9
raw = torch.randn(batch, classes, generator=gen, requires_grad=True)
tgt = torch.randint(0, classes, (batch,), generator=gen)
temp = torch.tensor(1.7, requires_grad=True)
scaled = raw / temp
scaled.retain_grad()
ce = F.cross_entropy(scaled, tgt)
ce.backward()
print(ce.item(), scaled.grad.shape)
d_scaled = (scaled.softmax(-1) - F.one_hot(tgt, classes)) / batch
d_raw = d_scaled / temp
d_temp = -(d_scaled * raw).sum() / temp ** 2
for label, mine, auto in (("scaled", d_scaled, scaled.grad), ("raw", d_raw, raw.grad), ("temp", d_temp, temp.grad)):
    same = torch.equal(mine, auto)
    close = torch.allclose(mine, auto, atol=1e-7)
    print(f"{label:>7}: exact={same!s:<5} close={close!s:<5} worst={(mine - auto).abs().max().item():.3e}")
lse = scaled.logsumexp(1)
picked = scaled[torch.arange(batch), tgt]
print((lse - picked).mean().item() - ce.item(), d_scaled.sum(1).abs().max().item() < 1e-7)
print(d_scaled[0])
