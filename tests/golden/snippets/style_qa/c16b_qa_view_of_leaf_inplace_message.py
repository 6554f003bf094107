# Q: editing a slice of a parameter fails, even though it is "just a view".
import torch

w = torch.zeros(4, requires_grad=True)
s = w[1:3]
try:
    s.fill_(1.0)
except RuntimeError as e:
    print(e)
with torch.no_grad():
    s.fill_(1.0)
print(w, w._version, s._version)
