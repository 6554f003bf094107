# Let's build GPT: sampling continuation tokens from a bigram model's last-position logits
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(1337)
itos = list(" abcdefgh")
table = nn.Embedding(len(itos), len(itos))
ctx = torch.randint(0, len(itos), (2, 5))
lg = table(ctx)
targets = torch.roll(ctx, shifts=-1, dims=1)
print(lg.shape, F.cross_entropy(lg.view(-1, len(itos)), targets.view(-1)))

def sample(start, steps):
    seq = start
    for _ in range(steps):
        last = table(seq)[:, -1, :]
        nxt = torch.multinomial(F.softmax(last, dim=-1), num_samples=1)
        seq = torch.cat((seq, nxt), dim=1)
    return seq

out = sample(torch.zeros((1, 1), dtype=torch.long), 12)[0].tolist()
print(out, "".join(itos[i] for i in out))
print(sample(torch.tensor([[3], [4]]), 4))
