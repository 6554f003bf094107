# torch.device's string grammar: a type of letters or underscores, then ':' and an index with no
# leading zeros; other strings are invalid before their type is looked at (dtype names too).
import torch

for text in ['cpu', 'cpu:0', 'cuda:1', 'meta:3', 'float64', 'cuda1', 'cpu:', 'cpu:01', 'cpu:-1',
             'gpu', 'CPU', 'gpu:0', ' cpu', 'a:b']:
    try:
        print(repr(text), repr(torch.device(text)))
    except RuntimeError as e:
        print(repr(text), e)
for args in [('cuda', 1), ('cpu', -1), ('cuda:0', 1)]:
    try:
        print(args, repr(torch.device(*args)))
    except RuntimeError as e:
        print(args, e)
x = torch.ones(2)
try:
    x.to('float64')
except RuntimeError as e:
    print(e)
print(x.to('cpu:0').device, x.to(torch.float64).dtype)
