import torch
import torch.nn.functional as F

logits = torch.tensor([[[2.0, 0.0, 0.0], [0.0, 2.0, 0.0]], [[0.0, 0.0, 2.0], [1.0, 1.0, 1.0]]])
targets = torch.tensor([[0, 1], [2, -100]])
per_tok = F.cross_entropy(logits.permute(0, 2, 1), targets, reduction="none")
print(per_tok.round(decimals=4))
per_seq = per_tok.sum(1)
ntok = (targets != -100).sum(1)
print(per_seq.round(decimals=4), ntok, (per_seq / ntok).round(decimals=4))
