# Sampling characters with a temperature: softmax(logits / T) then multinomial, from a seeded generator.
import torch
import torch.nn.functional as F

vocab = list('.abcde')
g = torch.Generator().manual_seed(1337)
logits_table = torch.randn(len(vocab), len(vocab), generator=g)
for temperature in (0.5, 1.0, 2.0):
    probs = F.softmax(logits_table[0] / temperature, dim=-1)
    print(temperature, probs.max().item() > 0.3, [round(p, 3) for p in probs.tolist()])
    idx = 0
    out = []
    for _ in range(8):
        probs = F.softmax(logits_table[idx] / temperature, dim=-1)
        idx = torch.multinomial(probs, num_samples=1, generator=g).item()
        out.append(vocab[idx])
    print(''.join(out))
counts = torch.bincount(torch.multinomial(torch.tensor([0.1, 0.6, 0.3]), 1000, replacement=True, generator=g), minlength=3)
print(counts, counts.sum())
