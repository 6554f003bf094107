# padding='same' for sequence models, and its restrictions
import ast
import torch
import torch.nn as nn

torch.manual_seed(4)
conv = nn.Conv1d(2, 3, kernel_size=4, padding='same', dilation=2)
print(conv)
x = torch.randn(1, 2, 10)
print(conv(x).shape)
try:
    nn.Conv1d(2, 3, 3, stride=2, padding='same')
except ValueError as e:
    print(e)
try:
    nn.Conv1d(2, 3, 3, padding='causal')
except ValueError as e:
    # the message shows a Python set, whose order changes from run to run
    msg = str(e)
    options = ast.literal_eval(msg[msg.index('{'):])
    print(msg[:msg.index('{')], sorted(options), type(options).__name__)
print(nn.Conv1d(2, 3, 3, padding='valid')(x).shape)
