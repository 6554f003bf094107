# logit lens with tied embeddings: unembedding is the embedding matrix transposed
import torch
import torch.nn.functional as F

torch.manual_seed(5)
E = torch.randn(5, 4)
layers = [torch.randn(4, 4) * 0.3 for _ in range(2)]
tok = torch.tensor([3, 0])
h = E[tok]
logits = h @ E.T
print(0, logits.argmax(-1))
for n, W in enumerate(layers, start=1):
    h = h + torch.tanh(h @ W)
    logits = F.layer_norm(h, (4,)) @ E.T
    print(n, logits.argmax(-1), F.softmax(logits, dim=-1).max(-1).values)
print(F.log_softmax(logits, -1))
