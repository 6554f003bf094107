# torch.load with weights_only: plain tensors and dicts load, an arbitrary class is refused.
import io
import torch

class Config:
    def __init__(self):
        self.lr = 0.1

buf = io.BytesIO()
torch.save({"w": torch.ones(2), "step": 3, "name": "run1"}, buf)
buf.seek(0)
print(torch.load(buf, weights_only=True))
buf = io.BytesIO()
torch.save({"cfg": Config()}, buf)
buf.seek(0)
try:
    torch.load(buf)
except Exception as e:
    print(type(e).__name__)
    print(str(e).splitlines()[0])
buf.seek(0)
obj = torch.load(buf, weights_only=False)
print(type(obj["cfg"]).__name__, obj["cfg"].lr)
buf = io.BytesIO()
torch.save([torch.arange(3), (torch.zeros(1), 2.5)], buf)
buf.seek(0)
print(torch.load(buf))
