# One embedding table shared by two towers: parameters are counted once
import torch
import torch.nn as nn

shared = nn.Embedding(10, 4)
class Tower(nn.Module):
    def __init__(self, emb):
        super().__init__()
        self.emb = emb
        self.proj = nn.Linear(4, 4, bias=False)
model = nn.ModuleDict({'query': Tower(shared), 'item': Tower(shared)})
print(len(list(model.parameters())))
print([n for n, _ in model.named_parameters()])
print(len(list(model.named_parameters(remove_duplicate=False))))
print(list(model.state_dict().keys()))
print(model['query'].emb is model['item'].emb)
print(sum(p.numel() for p in model.parameters()))
