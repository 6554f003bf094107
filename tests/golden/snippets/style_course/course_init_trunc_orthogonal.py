# GPT-style truncated-normal init and orthogonal init for a recurrent weight, applied with model.apply.
import torch
import torch.nn as nn

class TinyLM(nn.Module):
    def __init__(self):
        super().__init__()
        self.tok = nn.Embedding(10, 6)
        self.rec = nn.Linear(6, 6, bias=False)
        self.head = nn.Linear(6, 10)
        self.apply(self._init_weights)
        nn.init.orthogonal_(self.rec.weight)

    def _init_weights(self, module):
        if isinstance(module, nn.Linear):
            nn.init.trunc_normal_(module.weight, std=0.02)
            if module.bias is not None:
                nn.init.zeros_(module.bias)
        elif isinstance(module, nn.Embedding):
            nn.init.trunc_normal_(module.weight, mean=0.0, std=0.02, a=-0.04, b=0.04)

torch.manual_seed(1337)
model = TinyLM()
print(model.tok.weight[0])
print(model.head.weight.abs().max() <= 0.04, model.tok.weight.abs().max() <= 0.04)
w = model.rec.weight
print(torch.allclose(w @ w.T, torch.eye(6), atol=1e-5), w[0, :3])
print(f'{model.head.weight.std().item():.4f}')
