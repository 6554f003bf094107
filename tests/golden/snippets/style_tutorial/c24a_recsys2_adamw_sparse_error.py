# Optimizers that refuse sparse gradients, and their messages
import torch
import torch.nn as nn

for name in ['AdamW', 'RMSprop', 'Adadelta', 'NAdam']:
    emb = nn.Embedding(3, 2, sparse=True)
    opt = getattr(torch.optim, name)(emb.parameters(), lr=0.1)
    emb(torch.tensor([1])).sum().backward()
    try:
        opt.step()
        print(name, 'ok')
    except RuntimeError as e:
        print(name, e)
