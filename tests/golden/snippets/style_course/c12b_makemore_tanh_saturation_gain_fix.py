# makemore part 3: hidden tanh saturation before and after scaling the first layer, fraction |h| > 0.99 printed.
import torch

g = torch.Generator().manual_seed(2147483647)
n_embd, block_size, n_hidden, vocab = 10, 3, 200, 27
C = torch.randn((vocab, n_embd), generator=g)
Xb = torch.randint(0, vocab, (32, block_size), generator=g)
emb = C[Xb].view(32, -1)
for scale in [1.0, 0.2, (5 / 3) / (n_embd * block_size) ** 0.5]:
    g2 = torch.Generator().manual_seed(1)
    W1 = torch.randn((n_embd * block_size, n_hidden), generator=g2) * scale
    b1 = torch.randn(n_hidden, generator=g2) * 0.01
    hpreact = emb @ W1 + b1
    h = torch.tanh(hpreact)
    sat = (h.abs() > 0.99).float().mean().item()
    dead = (h.abs() > 0.99).all(dim=0).sum().item()
    print(f'scale {scale:.4f}: hpreact std {hpreact.std():.3f} sat {sat * 100:.2f}% dead neurons {dead}')
counts = torch.histc(h, bins=5, min=-1, max=1)
print(counts, counts.sum())
W2 = torch.randn((n_hidden, vocab), generator=g) * 0.01
b2 = torch.randn(vocab, generator=g) * 0
logits = h @ W2 + b2
print('initial logits range small:', logits.abs().max().item() < 1.0)
print('expected initial loss', -torch.tensor(1 / 27.0).log().item())
