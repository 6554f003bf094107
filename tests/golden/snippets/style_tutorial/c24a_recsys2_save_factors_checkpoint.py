# A training checkpoint for a factor model: model, optimizer and epoch in one file
import io
import torch
import torch.nn as nn

torch.manual_seed(36)
model = nn.ModuleDict({'u': nn.Embedding(3, 2), 'i': nn.Embedding(4, 2)})
opt = torch.optim.Adam(model.parameters(), lr=0.01)
(model['u'](torch.tensor([0])) * model['i'](torch.tensor([3]))).sum().backward()
opt.step()
buf = io.BytesIO()
torch.save({'epoch': 3, 'model': model.state_dict(), 'opt': opt.state_dict()}, buf)
buf.seek(0)
ckpt = torch.load(buf)
print(sorted(ckpt), ckpt['epoch'])
print(list(ckpt['model']))
print(list(ckpt['opt']['state']), ckpt['opt']['param_groups'][0]['params'])
print(ckpt['opt']['state'][0]['exp_avg'].shape)
fresh = nn.ModuleDict({'u': nn.Embedding(3, 2), 'i': nn.Embedding(4, 2)})
print(fresh.load_state_dict(ckpt['model']))
