# Early stopping that keeps the best weights with deepcopy
import copy
import torch
import torch.nn as nn

model = nn.Linear(1, 1)
best_state, best, patience, bad = None, float('inf'), 2, 0
for epoch, val in enumerate([1.0, 0.7, 0.72, 0.69, 0.8, 0.9, 0.5]):
    with torch.no_grad():
        model.bias.fill_(epoch)
    if val < best:
        best, bad = val, 0
        best_state = copy.deepcopy(model.state_dict())
    else:
        bad += 1
        if bad >= patience:
            print('stop at', epoch)
            break
model.load_state_dict(best_state)
print(best, model.bias)
shallow = model.state_dict()
with torch.no_grad():
    model.bias.fill_(-1)
print(shallow['bias'], best_state['bias'])
