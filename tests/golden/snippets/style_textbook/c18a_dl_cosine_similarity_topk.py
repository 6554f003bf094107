# Nearest words by cosine similarity in a (random) embedding table
import torch
import torch.nn.functional as F

torch.manual_seed(9)
words = ["king", "queen", "man", "woman", "apple", "pear"]
E = torch.randn(6, 5)
E[1] = E[0] + 0.1 * torch.randn(5)
q = E[0]
cos = F.cosine_similarity(q.unsqueeze(0), E, dim=1)
print(cos)
vals, idx = cos.topk(3)
print([(words[i], round(v, 4)) for v, i in zip(vals.tolist(), idx.tolist())])
manual = E @ q / (E.norm(dim=1) * q.norm())
print(torch.allclose(manual, cos))
