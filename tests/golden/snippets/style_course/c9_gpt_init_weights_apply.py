# nanoGPT-style _init_weights via model.apply: normal(0, 0.02) for Linear/Embedding, zero biases, scaled c_proj.
import math
import torch
import torch.nn as nn

class Block(nn.Module):
    def __init__(self, n_embd):
        super().__init__()
        self.ln = nn.LayerNorm(n_embd)
        self.c_fc = nn.Linear(n_embd, 4 * n_embd)
        self.gelu = nn.GELU()
        self.c_proj = nn.Linear(4 * n_embd, n_embd)

    def forward(self, x):
        return x + self.c_proj(self.gelu(self.c_fc(self.ln(x))))

class GPTish(nn.Module):
    def __init__(self, vocab, n_embd, n_layer):
        super().__init__()
        self.wte = nn.Embedding(vocab, n_embd)
        self.blocks = nn.ModuleList([Block(n_embd) for _ in range(n_layer)])
        self.lm_head = nn.Linear(n_embd, vocab, bias=False)
        self.wte.weight = self.lm_head.weight
        self.apply(self._init_weights)
        for pn, p in self.named_parameters():
            if pn.endswith("c_proj.weight"):
                torch.nn.init.normal_(p, mean=0.0, std=0.02 / math.sqrt(2 * n_layer))

    def _init_weights(self, module):
        if isinstance(module, nn.Linear):
            torch.nn.init.normal_(module.weight, mean=0.0, std=0.02)
            if module.bias is not None:
                torch.nn.init.zeros_(module.bias)
        elif isinstance(module, nn.Embedding):
            torch.nn.init.normal_(module.weight, mean=0.0, std=0.02)

    def forward(self, idx):
        x = self.wte(idx)
        for b in self.blocks:
            x = b(x)
        return self.lm_head(x)

torch.manual_seed(0)
model = GPTish(50, 32, 2)
n_params = sum(p.numel() for p in model.parameters())
print("number of parameters: %.2fK" % (n_params / 1e3,))
print(model.wte.weight is model.lm_head.weight)
print(round(model.blocks[0].c_fc.weight.std().item(), 4), round(model.blocks[1].c_proj.weight.std().item(), 4))
print(model.blocks[0].c_fc.bias.abs().sum(), model.blocks[0].ln.weight[:3])
decay = [pn for pn, p in model.named_parameters() if p.dim() >= 2]
nodecay = [pn for pn, p in model.named_parameters() if p.dim() < 2]
print(len(decay), len(nodecay), decay[:3])
logits = model(torch.tensor([[1, 2, 3]]))
print(logits.shape, round(logits.std().item(), 4))
print(-math.log(1 / 50), torch.nn.functional.cross_entropy(logits[0], torch.tensor([2, 3, 4])))
