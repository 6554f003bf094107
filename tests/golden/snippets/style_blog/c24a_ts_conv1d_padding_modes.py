# Conv1d padding modes on a short series with an all-ones kernel
import ast
import torch
import torch.nn as nn

x = torch.tensor([[[1.0, 2.0, 3.0, 4.0, 5.0]]])
for mode in ['zeros', 'reflect', 'replicate', 'circular']:
    conv = nn.Conv1d(1, 1, 3, padding=1, padding_mode=mode, bias=False)
    nn.init.ones_(conv.weight)
    print(mode, conv(x).detach())
print(nn.Conv1d(1, 1, 3, padding=1, padding_mode='circular'))
try:
    nn.Conv1d(1, 1, 3, padding_mode='mirror')
except ValueError as e:
    # the message shows a Python set, whose order changes from run to run
    msg = str(e)
    listed = msg[msg.index('{'):msg.index('}') + 1]
    print(msg.replace(listed, '<set>'), sorted(ast.literal_eval(listed)))
