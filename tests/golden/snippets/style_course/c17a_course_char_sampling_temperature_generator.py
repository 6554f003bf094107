# Sampling characters from logits at two temperatures with a seeded generator
import torch
import torch.nn.functional as F

vocab = list("abcde.")
logits = torch.tensor([2.0, 1.0, 0.5, 0.1, -1.0, 0.0])
for temp in (0.5, 1.5):
    g = torch.Generator().manual_seed(2147483647)
    probs = F.softmax(logits / temp, dim=0)
    ix = torch.multinomial(probs, num_samples=12, replacement=True, generator=g)
    print(temp, probs.round(decimals=3), "".join(vocab[i] for i in ix.tolist()))
g = torch.Generator().manual_seed(2147483647)
print(torch.multinomial(F.softmax(logits, 0), 3, generator=g))
print(-(probs * probs.log()).sum())
