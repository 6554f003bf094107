# makemore part 3 with torch.nn: Embedding, Flatten, Linear without bias, BatchNorm1d, Tanh,
# a shrunken last layer at init, minibatches by randint, and the BN running stats afterwards.
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(90)
vocab, ctx, n_emb, n_hidden = 12, 4, 5, 32
Xtr = torch.randint(0, vocab, (200, ctx))
Ytr = (Xtr.sum(1) * 7) % vocab
model = nn.Sequential(
    nn.Embedding(vocab, n_emb), nn.Flatten(),
    nn.Linear(n_emb * ctx, n_hidden, bias=False), nn.BatchNorm1d(n_hidden), nn.Tanh(),
    nn.Linear(n_hidden, vocab),
)
with torch.no_grad():
    model[-1].weight *= 0.1
print(sum(p.nelement() for p in model.parameters()))
for i in range(40):
    ix = torch.randint(0, Xtr.shape[0], (32,))
    loss = F.cross_entropy(model(Xtr[ix]), Ytr[ix])
    for p in model.parameters():
        p.grad = None
    loss.backward()
    lr = 0.1 if i < 30 else 0.01
    for p in model.parameters():
        p.data += -lr * p.grad
    if i % 10 == 0:
        print(f'{i:7d}/{40:7d}: {loss.item():.4f}')
model.eval()
print(F.cross_entropy(model(Xtr), Ytr).item())
print(model[3].running_mean[:4], model[3].num_batches_tracked)
