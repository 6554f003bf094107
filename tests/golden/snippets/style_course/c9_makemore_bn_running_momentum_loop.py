# BatchNorm by hand during training: running mean/std updated with momentum 0.001 under no_grad, then used at eval.
import torch
import torch.nn.functional as F

g = torch.Generator().manual_seed(2147483647)
n_in, n_hidden, n_out = 10, 20, 5
W1 = torch.randn((n_in, n_hidden), generator=g) * (5 / 3) / n_in ** 0.5
W2 = torch.randn((n_hidden, n_out), generator=g) * 0.01
b2 = torch.zeros(n_out)
bngain = torch.ones((1, n_hidden))
bnbias = torch.zeros((1, n_hidden))
bnmean_running = torch.zeros((1, n_hidden))
bnstd_running = torch.ones((1, n_hidden))
parameters = [W1, W2, b2, bngain, bnbias]
for p in parameters:
    p.requires_grad = True
Xtr = torch.randn(200, n_in, generator=g)
Ytr = torch.randint(0, n_out, (200,), generator=g)
for i in range(30):
    ix = torch.randint(0, Xtr.shape[0], (32,), generator=g)
    Xb, Yb = Xtr[ix], Ytr[ix]
    hpreact = Xb @ W1
    bnmeani = hpreact.mean(0, keepdim=True)
    bnstdi = hpreact.std(0, keepdim=True)
    hpreact = bngain * (hpreact - bnmeani) / bnstdi + bnbias
    with torch.no_grad():
        bnmean_running = 0.999 * bnmean_running + 0.001 * bnmeani
        bnstd_running = 0.999 * bnstd_running + 0.001 * bnstdi
    h = torch.tanh(hpreact)
    logits = h @ W2 + b2
    loss = F.cross_entropy(logits, Yb)
    for p in parameters:
        p.grad = None
    loss.backward()
    lr = 0.1 if i < 20 else 0.01
    for p in parameters:
        p.data += -lr * p.grad
    if i % 10 == 0:
        print(f"{i:7d}/{30:7d}: {loss.item():.4f}")
print(bnmean_running.requires_grad, bnmean_running.shape)
print(bnmean_running[0, :4])
print(bnstd_running[0, :4])
with torch.no_grad():
    hpreact = Xtr @ W1
    print((hpreact.mean(0, keepdim=True) - bnmean_running).abs().max())
