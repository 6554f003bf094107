# direct logit attribution: each component's contribution projected on the answer direction
import torch

torch.manual_seed(14)
d, vocab = 6, 5
W_U = torch.randn(d, vocab)
components = {"embed": torch.randn(d), "attn0": torch.randn(d), "mlp0": torch.randn(d)}
resid = sum(components.values())
answer, wrong = 2, 4
direction = W_U[:, answer] - W_U[:, wrong]
for name, vec in components.items():
    print(name, round((vec @ direction).item(), 4))
total = resid @ direction
logits = resid @ W_U
print("total", total, logits[answer] - logits[wrong])
print(torch.isclose(total, logits[answer] - logits[wrong]))
