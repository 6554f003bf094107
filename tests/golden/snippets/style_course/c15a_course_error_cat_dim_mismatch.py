# Course pitfall: concatenating embeddings whose sizes do not line up
import torch

torch.manual_seed(0)
emb_a = torch.randn(4, 3)
emb_b = torch.randn(5, 3)
print(torch.cat([emb_a, emb_b]).shape)
try:
    torch.cat([emb_a, emb_b], dim=1)
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    torch.stack([emb_a, emb_b])
except RuntimeError as e:
    print("RuntimeError:", e)
print(torch.cat([emb_a, emb_b[:4]], dim=1).shape)
emb_a + emb_b
