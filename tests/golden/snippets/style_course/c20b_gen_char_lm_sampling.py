# sampling from a bigram character model with temperature
import torch

torch.manual_seed(23)
chars = list("abc.")
counts = torch.tensor([[1, 5, 2, 1], [3, 1, 4, 2], [2, 2, 1, 5], [4, 3, 3, 0]]).float()
for temp in (1.0, 0.5):
    logits = counts.log() / temp
    probs = torch.softmax(logits, dim=1)
    out, ix = [], 3
    for _ in range(6):
        ix = torch.multinomial(probs[ix], 1).item()
        out.append(chars[ix])
    print(temp, "".join(out))
print(probs.round(decimals=3))
