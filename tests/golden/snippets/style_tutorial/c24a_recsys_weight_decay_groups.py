# Weight decay on embedding factors but not on biases
import torch
import torch.nn as nn

torch.manual_seed(9)
model = nn.ModuleDict({
    'user': nn.Embedding(3, 2), 'item': nn.Embedding(3, 2),
    'user_bias': nn.Embedding(3, 1), 'item_bias': nn.Embedding(3, 1),
})
decay = [p for n, p in model.named_parameters() if 'bias' not in n]
no_decay = [p for n, p in model.named_parameters() if 'bias' in n]
opt = torch.optim.AdamW([
    {'params': decay, 'weight_decay': 0.05},
    {'params': no_decay, 'weight_decay': 0.0},
], lr=0.01)
print([len(g['params']) for g in opt.param_groups])
print([g['weight_decay'] for g in opt.param_groups])
print(opt.defaults['weight_decay'])
before = model['user'].weight.detach().clone()
for p in model.parameters():
    p.grad = torch.zeros_like(p)
opt.step()
print(model['user'].weight / before)
