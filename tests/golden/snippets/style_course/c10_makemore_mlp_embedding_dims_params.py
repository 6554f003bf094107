# makemore part 2: how the number of parameters grows with the embedding size and hidden width; visualise C rows.
import torch

def build(n_embd, n_hidden, block_size=3, vocab=27, seed=2147483647):
    g = torch.Generator().manual_seed(seed)
    C = torch.randn((vocab, n_embd), generator=g)
    W1 = torch.randn((n_embd * block_size, n_hidden), generator=g)
    b1 = torch.randn(n_hidden, generator=g)
    W2 = torch.randn((n_hidden, vocab), generator=g)
    b2 = torch.randn(vocab, generator=g)
    return [C, W1, b1, W2, b2]

for n_embd, n_hidden in [(2, 100), (10, 200), (16, 300)]:
    params = build(n_embd, n_hidden)
    print(f"{n_embd:3d} {n_hidden:4d} {sum(p.nelement() for p in params):7d}")
C = build(2, 100)[0]
print(C[:5])
print(C[5], C[torch.tensor([5, 6, 7])], C[torch.tensor([[1, 2], [3, 4]])].shape)
print(torch.nn.functional.one_hot(torch.tensor(5), num_classes=27).float() @ C)
X = torch.tensor([[0, 0, 5], [0, 5, 13]])
emb = C[X]
print(emb.shape, emb.view(-1, 6).shape, torch.cat(torch.unbind(emb, 1), 1).shape)
print(emb.view(2, 6)[1], torch.cat([emb[:, 0, :], emb[:, 1, :], emb[:, 2, :]], 1)[1])
