# torch.load with weights_only=True refuses a pickled object of your own class
import io
import torch

class RunInfo:
    def __init__(self, name):
        self.name = name

buf = io.BytesIO()
torch.save({"info": RunInfo("exp1"), "w": torch.ones(2)}, buf)
buf.seek(0)
try:
    torch.load(buf, weights_only=True)
except Exception as e:
    print(type(e).__name__)
    print(str(e).splitlines()[0][:60])
buf.seek(0)
obj = torch.load(buf, weights_only=False)
print(obj["info"].name, obj["w"])
