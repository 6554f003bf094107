import io

import torch


class Note:
    def __init__(self, text):
        self.text = text


buf = io.BytesIO()
torch.save({"weights": torch.ones(2), "note": Note("hello")}, buf)
buf.seek(0)
torch.load(buf)
