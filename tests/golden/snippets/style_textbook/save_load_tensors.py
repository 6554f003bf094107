# Saving tensors, lists and dicts to a buffer and loading them back.
import io
import torch

x = torch.arange(4)
y = torch.zeros(4)
mydict = {'x': x, 'y': y}
for obj in (x, [x, y], mydict):
    buf = io.BytesIO()
    torch.save(obj, buf)
    buf.seek(0)
    print(torch.load(buf))
